/** Matching key events to command shortcuts. */
import { COMMANDS, type Command } from './commands';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Normalises an event to the `Mod+Shift+Key` form used in command definitions. */
export function keysOf(e: KeyLike): string {
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  let key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  if (key === '+') key = '=';
  if (key === '_') key = '-';
  if (key === '{') key = '[';
  if (key === '}') key = ']';
  parts.push(key);
  return parts.join('+');
}

/** The command and arguments a key event triggers, if any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function commandForKey(e: KeyLike): { command: Command<any>; args: unknown } | null {
  const k = keysOf(e);
  for (const command of COMMANDS) {
    for (const s of command.shortcuts ?? []) if (s.keys === k) return { command, args: s.args };
  }
  return null;
}
