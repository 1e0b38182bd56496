/** Shown at once while the page is read and analysed. */
export function Skeleton({ step }: { step: string }) {
  return (
    <div class="skeleton" aria-busy="true">
      <p class="step" role="status">
        {step}
      </p>
      <div class="skeleton-bar tall" />
      <div class="skeleton-bar" />
      <div class="skeleton-bar" />
      <div class="skeleton-bar tall" />
      <div class="skeleton-bar tall" />
    </div>
  );
}
