import { useEffect, useRef } from 'preact/hooks';

interface Props {
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal yes/no question; Escape and "Cancel" both say no, and focus starts on "Cancel".
 * On closing, focus goes back to whatever opened it (when that is still on the page).
 */
export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    const element = dialog.current;
    element?.showModal();
    cancelButton.current?.focus();
    return () => {
      // Still modal while it unmounts, and a modal dialog makes the rest of the page inert.
      element?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
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
