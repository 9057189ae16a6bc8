/** Every Signpost symbol, in browse order. */
import type { Concept } from '../concept';
import { justice } from './justice';
import { care } from './care';
import { life } from './life';

export const CONCEPTS: readonly Concept[] = [...justice, ...care, ...life];
