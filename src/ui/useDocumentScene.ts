/** Keeps symbol drawings loaded for a document and lays out its current page. */
import { useEffect, useMemo, useState } from 'react';
import { SceneCache } from '../editor/sceneCache';
import { DEFAULT_STYLE, type LayoutStyle } from '../layout/style';
import { footerText } from '../layout/layout';
import type { ScenePage } from '../layout/scene';
import type { Page, SignpostDocument } from '../model/schema';
import { symbolsNeeded } from '../layout/needs';
import type { Services } from './services';
import { ensureShaping } from './shaping';

/** Distinct symbols of a document (for loading before layout). */
export const symbolRefs = (doc: SignpostDocument) => symbolsNeeded(doc);

export function useDocumentScene(services: Services, doc: SignpostDocument, pageId: string, style: LayoutStyle = DEFAULT_STYLE): { scene: ScenePage; cache: SceneCache; version: number } {
  const cache = useMemo(() => new SceneCache(services.layoutDeps), [services]);
  /** Pages whose drawings are all loaded, per style: unchanged pages are not walked again. */
  const loaded = useMemo(() => new WeakMap<LayoutStyle, WeakSet<Page>>(), []);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    const relayout = () => {
      if (!alive) return;
      cache.version++;
      setVersion(cache.version);
    };
    // symbolised text is matched in the document's language, loaded the first time it is
    // used, and (English) read with a tagger that loads once symbol text appears
    const hasSymbolText = doc.pages.some((p) => p.elements.some((e) => e.type === 'symtext'));
    const hadSymboliser = !!services.symbolisers.get(doc.language);
    const loadMissing = (changed: boolean) => {
      if (!alive) return;
      let done = loaded.get(style);
      if (!done || changed) loaded.set(style, (done = new WeakSet()));
      const pages = doc.pages.filter((p) => !done.has(p));
      const missing = symbolsNeeded({ ...doc, pages }, style, services.layoutDeps.symboliser).filter((r) => !services.library.drawing(r, style.symbolStyle));
      const markLoaded = () => pages.forEach((p) => done.add(p));
      if (missing.length) void services.library.loadAll(missing, style.symbolStyle).then(markLoaded).then(relayout);
      else {
        markLoaded();
        if (changed) relayout();
      }
    };
    // Arabic script is measured as the PDF will shape it, once fontkit has loaded
    void ensureShaping(services, doc).then((changed) => changed && relayout(), () => undefined);
    void services.symbolisers.ensure(doc.language).then(
      () => {
        loadMissing(!hadSymboliser);
        if (hasSymbolText) void services.symbolisers.ensureTagger(doc.language).then((changed) => changed && loadMissing(true), () => undefined);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [doc, services, cache, style, loaded]);

  const scene = useMemo(() => {
    const page = doc.pages.find((p) => p.id === pageId) ?? doc.pages[0];
    return cache.page(doc, page, style, footerText(doc, services.layoutDeps, {}, style));
    // version: re-layout once drawings arrive
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, pageId, cache, services, version, style]);

  return { scene, cache, version };
}
