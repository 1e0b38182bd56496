import { useEffect, useRef } from 'preact/hooks';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal yes/no question; Escape and "Cancel" both say no, and focus starts on "Cancel". */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    cancelButton.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-message"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <p id="confirm-message">{message}</p>
      <div class="actions">
        <button type="button" onClick={onCancel} ref={cancelButton}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
