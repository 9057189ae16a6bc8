/** Every command, by id. Menus, shortcuts and tests all go through this registry. */
import type { Command } from './command';
import { undo } from './undo';
import { redo } from './redo';
import { deleteSelection } from './deleteSelection';
import { duplicateSelection } from './duplicateSelection';
import { copy } from './copy';
import { cut } from './cut';
import { paste } from './paste';
import { selectAll } from './selectAll';
import { selectNone } from './selectNone';
import { nudge } from './nudge';
import { bringForward } from './bringForward';
import { sendBackward } from './sendBackward';
import { bringToFront } from './bringToFront';
import { sendToBack } from './sendToBack';
import { addPage } from './addPage';
import { duplicatePage } from './duplicatePage';
import { deletePage } from './deletePage';
import { movePage } from './movePage';
import { addSymbol } from './addSymbol';
import { addText } from './addText';
import { addShape } from './addShape';
import { addArrow } from './addArrow';
import { zoom } from './zoom';
import { addSymbolText } from './addSymbolText';
import { addContainerItem } from './addContainerItem';
import { addImage } from './addImage';
import { setElementProps } from './setElementProps';
import { addContainer } from './addContainer';

export { undo, redo, deleteSelection, duplicateSelection, copy, cut, paste, selectAll, selectNone, nudge, bringForward, sendBackward, bringToFront, sendToBack };
export { setElementProps, addContainer };
export { addPage, duplicatePage, deletePage, movePage, addSymbol, addText, addShape, addArrow, zoom, addSymbolText, addContainerItem, addImage };
export type { Command } from './command';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const COMMANDS: Command<any>[] = [
  undo, redo, deleteSelection, duplicateSelection, copy, cut, paste, selectAll, selectNone, nudge,
  bringForward, sendBackward, bringToFront, sendToBack,
  addPage, duplicatePage, deletePage, movePage, addSymbol, addText, addShape, addArrow, zoom, addSymbolText, addContainerItem, addImage,
  setElementProps, addContainer,
];

/** Runs a command if it is enabled; returns whether it ran. */
export function runCommand<A>(ed: import('../editor').Editor, command: Command<A>, args: NoInfer<A>): boolean {
  if (command.enabled && !command.enabled(ed)) return false;
  // a command that changes the document names the undo step it makes
  if (command.history) ed.labelled(command.labelKey, () => command.run(ed, args));
  else command.run(ed, args);
  return true;
}
