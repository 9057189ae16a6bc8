import { describe, expect, it } from 'vitest';
import { Editor } from '../../src/editor/editor';
import { runCommand, addSymbolText, undo } from '../../src/editor/commands';
import { setTokenChoice, setWordChoice } from '../../src/editor/symbolText';
import { createDocument } from '../../src/model/factory';

const tree = { set: 'openmoji', ids: ['1F333'] };
const bench = { set: 'openmoji', ids: ['1FA91'] };

function withText(): { ed: Editor; id: string; choices: () => Record<string, unknown> } {
  const ed = new Editor(createDocument('Choices'));
  runCommand(ed, addSymbolText, { text: 'Go to the park. Then go to the park again.' });
  const id = ed.page.elements[0].id;
  const choices = () => {
    const e = ed.page.elements[0];
    return e.type === 'symtext' ? e.choices : {};
  };
  return { ed, id, choices };
}

describe('setWordChoice', () => {
  it('stores a choice for one use under key#n and for every use under the key', () => {
    const { ed, id, choices } = withText();
    setWordChoice(ed, id, { key: 'park', n: 0 }, 'here', tree);
    expect(choices()).toEqual({ 'park#0': tree });
    setWordChoice(ed, id, { key: 'park', n: 1 }, 'here', null);
    expect(choices()).toEqual({ 'park#0': tree, 'park#1': null });
    // every use: the single-use choices of that word go, others stay
    setTokenChoice(ed, id, 'go', bench);
    setWordChoice(ed, id, { key: 'park', n: 1 }, 'everywhere', bench);
    expect(choices()).toEqual({ go: bench, park: bench });
  });

  it('forgets a choice with undefined, and each change is one undo step', () => {
    const { ed, id, choices } = withText();
    setWordChoice(ed, id, { key: 'park', n: 0 }, 'everywhere', tree);
    setWordChoice(ed, id, { key: 'park', n: 0 }, 'here', bench);
    setWordChoice(ed, id, { key: 'park', n: 0 }, 'here', undefined);
    expect(choices()).toEqual({ park: tree });
    runCommand(ed, undo, undefined);
    expect(choices()).toEqual({ park: tree, 'park#0': bench });
    runCommand(ed, undo, undefined);
    expect(choices()).toEqual({ park: tree });
  });

  it('keeps a word such as "__proto__" as an own key', () => {
    const { ed, id, choices } = withText();
    setWordChoice(ed, id, { key: '__proto__', n: 0 }, 'everywhere', tree);
    expect(Object.hasOwn(choices(), '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(choices())).toBe(Object.prototype);
  });
});
