// Grade bands on the 0–100 score. Apart from the score table so the popup's first paint can
// explain the grades (its legend) without loading the fact registry.

/** The lowest score that earns each grade, best first. */
export const GRADE_BANDS = [
  { grade: 'A', min: 80 },
  { grade: 'B', min: 65 },
  { grade: 'C', min: 50 },
  { grade: 'D', min: 35 },
  { grade: 'E', min: 0 },
] as const;
