/**
 * sharp (libvips) loaded on the first image rather than at start: a process that only
 * serves pages never needs it, and loading it costs about 7 MB of resident memory.
 */
import type SharpFactory from 'sharp';

let loading: Promise<typeof SharpFactory> | undefined;

export function loadSharp(): Promise<typeof SharpFactory> {
  loading ??= import('sharp').then((module) => module.default);
  return loading;
}
