// Recurring industry events and the window they usually fall in (month, first day, last day).
// Used when an article names the event without a date ("at MWC", "at Apple's September event").
export interface EventWindow {
  pattern: string;
  /** Lower-case words the event's name contains (a cheap test before the pattern runs). */
  hints: readonly string[];
  from: [number, number];
  to: [number, number];
}

export const EVENTS: readonly EventWindow[] = Object.freeze([
  { pattern: 'Mobile World Congress|MWC', hints: ['mwc', 'mobile world'], from: [2, 20], to: [3, 5] },
  { pattern: 'CES|Consumer Electronics Show', hints: ['ces', 'consumer electronics'], from: [1, 2], to: [1, 12] },
  { pattern: 'IFA', hints: ['ifa'], from: [8, 30], to: [9, 10] },
  { pattern: 'WWDC', hints: ['wwdc'], from: [6, 1], to: [6, 14] },
  { pattern: 'Google I/O', hints: ['i/o'], from: [5, 8], to: [5, 25] },
  {
    pattern: "Apple's September event|Apple September event|Apple's iPhone event",
    hints: ['september event', 'iphone event'],
    from: [9, 1],
    to: [9, 30],
  },
  { pattern: 'Computex', hints: ['computex'], from: [5, 25], to: [6, 10] },
  { pattern: 'Gamescom', hints: ['gamescom'], from: [8, 18], to: [8, 31] },
  { pattern: 'E3', hints: ['e3'], from: [6, 5], to: [6, 20] },
]);
