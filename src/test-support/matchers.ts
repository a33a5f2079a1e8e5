/**
 * vitest's asymmetric matchers (`expect.any`, `expect.stringContaining`, …) are typed
 * `any`, which the type-checked lint rules rightly refuse inside typed objects. These
 * give each matcher the type of the value it stands for, in one place.
 */
import { expect } from 'vitest';

export const anyString = (): string => expect.any(String) as string;
export const anyNumber = (): number => expect.any(Number) as number;
export const stringContaining = (text: string): string => expect.stringContaining(text) as string;
export const stringMatching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;
export const objectContaining = <T extends object>(fields: T): T => expect.objectContaining<Record<string, unknown>>(fields as Record<string, unknown>) as T;
export const arrayContaining = <T>(items: readonly T[]): T[] => expect.arrayContaining<unknown>([...items]) as T[];

/** An audit entry's `details` column (JSON text), read as the object it holds. */
export function auditDetails(details: string): Record<string, unknown> {
  return JSON.parse(details) as Record<string, unknown>;
}
