/** When a page or file is next due for review, and how urgent that is. */
import { addMonths, daysBetween } from '../dates/calendar-date.ts';

/** Days ahead within which a review counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export type ReviewState = 'overdue' | 'due-soon' | 'current';

/** The date by which the next review is due. */
export function nextReviewDate(lastReviewed: string, everyMonths: number): string {
  return addMonths(lastReviewed, everyMonths);
}

/** Overdue once the due date has passed; due soon within DUE_SOON_DAYS of it. */
export function reviewState(nextReview: string, today: string): ReviewState {
  if (nextReview < today) return 'overdue';
  if (daysBetween(today, nextReview) <= DUE_SOON_DAYS) return 'due-soon';
  return 'current';
}
