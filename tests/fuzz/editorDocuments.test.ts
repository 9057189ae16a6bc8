/**
 * Issue 19: every document the editor can produce by its own commands validates, saves as a
 * .signpost file and reopens equal, and lays out. "Equal" is deep equality with what the
 * format documents as normalised on save: pictures no element uses are dropped
 * (`pruneAssets`), and numbers and absent fields are as JSON writes them (-0 is 0).
 * Pictures are re-encoded without metadata on open; the editor's own are already clean, so
 * their bytes come back the same and are compared too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { runs, timeout } from './config';
import { runSession, sessionArb } from './editorCommands';
import { savesAndReopens } from './roundTrip';

describe('documents made by the editor’s own commands (property)', () => {
  it('validate, save and reopen equal', () => {
    fc.assert(fc.property(sessionArb, (s) => savesAndReopens(runSession(s))), runs(1500));
  }, timeout(40_000));

  describe('lay out without throwing (a sample: layout is slower)', () => {
    let services: NodeServices;
    beforeAll(async () => {
      services = await nodeServices();
    }, 60_000);

    it('lays out', async () => {
      await fc.assert(
        fc.asyncProperty(sessionArb, async (s) => {
          const scene = await services.scene(runSession(s));
          expect(scene.pages.length).toBeGreaterThan(0);
        }),
        runs(60),
      );
    }, timeout(40_000));
  });
});
