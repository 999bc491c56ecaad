// Recurring industry events and the window they usually fall in (month, first day, last day).
// Used when an article names the event without a date ("at MWC", "at Apple's September event").
export interface EventWindow {
  pattern: string;
  from: [number, number];
  to: [number, number];
}

export const EVENTS: readonly EventWindow[] = Object.freeze([
  { pattern: 'Mobile World Congress|MWC', from: [2, 20], to: [3, 5] },
  { pattern: 'CES|Consumer Electronics Show', from: [1, 2], to: [1, 12] },
  { pattern: 'IFA', from: [8, 30], to: [9, 10] },
  { pattern: 'WWDC', from: [6, 1], to: [6, 14] },
  { pattern: 'Google I/O', from: [5, 8], to: [5, 25] },
  { pattern: "Apple's September event|Apple September event|Apple's iPhone event", from: [9, 1], to: [9, 30] },
  { pattern: 'Computex', from: [5, 25], to: [6, 10] },
  { pattern: 'Gamescom', from: [8, 18], to: [8, 31] },
  { pattern: 'E3', from: [6, 5], to: [6, 20] },
]);

export const MONTHS: readonly string[] = Object.freeze([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
