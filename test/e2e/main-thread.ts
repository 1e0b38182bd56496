// Long tasks on the popup's main thread while it analyses a page: between the marks the
// popup sets around the analysis (entrypoints/popup/App.tsx), recorded from before its
// first script runs. Chromium only: Firefox has no Long Tasks API.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    longTasks?: { start: number; duration: number }[];
  }
}

/** Starts recording the page's long tasks (over 50 ms) once it loads. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * The last analysis on the popup's main thread: how long it took between the popup's marks, and the
 * durations in ms of the long tasks that overlap it, longest first (page load and the first render
 * are not part of it). Call once the popup has settled.
 */
export async function mainThreadDuringAnalysis(page: Page): Promise<{ analysisMs: number; longTasks: number[] }> {
  const { analysisMs, longTasks } = await page.evaluate(() => {
    // No named helpers in here: tsx (the bench) wraps them in a __name() the page does not have.
    const start = performance.getEntriesByName('policy-lens:analysis-start', 'mark').at(-1)?.startTime;
    const end = performance.getEntriesByName('policy-lens:analysis-end', 'mark').at(-1)?.startTime;
    if (start === undefined || end === undefined) throw new Error('The popup set no analysis marks.');
    const overlapping = (window.longTasks ?? []).filter((task) => task.start + task.duration > start && task.start < end);
    return { analysisMs: end - start, longTasks: overlapping.map((task) => task.duration) };
  });
  return { analysisMs, longTasks: longTasks.sort((a, b) => b - a) };
}
