/** Every Signpost symbol, in browse order. */
import type { Concept } from '../concept';
import { justice } from './justice';

export const CONCEPTS: readonly Concept[] = [...justice];
