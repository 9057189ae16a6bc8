/** Keeps symbol drawings loaded for a document and lays out its current page. */
import { useEffect, useMemo, useState } from 'react';
import { SceneCache } from '../editor/sceneCache';
import { DEFAULT_STYLE } from '../layout/style';
import { footerText } from '../layout/layout';
import type { ScenePage } from '../layout/scene';
import type { SignpostDocument, SymbolRef } from '../model/schema';
import type { Services } from './services';

export function symbolRefs(doc: SignpostDocument): SymbolRef[] {
  const seen = new Map<string, SymbolRef>();
  for (const p of doc.pages) for (const e of p.elements) if (e.type === 'symbol') seen.set(`${e.symbol.set}/${e.symbol.id}`, e.symbol);
  return [...seen.values()];
}

export function useDocumentScene(services: Services, doc: SignpostDocument, pageId: string): { scene: ScenePage; cache: SceneCache; version: number } {
  const cache = useMemo(() => new SceneCache(services.layoutDeps), [services]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const missing = symbolRefs(doc).filter((r) => !services.library.drawing(r));
    if (!missing.length) return;
    let alive = true;
    void services.library.loadAll(missing).then(() => {
      if (!alive) return;
      cache.version++;
      setVersion(cache.version);
    });
    return () => {
      alive = false;
    };
  }, [doc, services, cache]);

  const scene = useMemo(() => {
    const page = doc.pages.find((p) => p.id === pageId) ?? doc.pages[0];
    return cache.page(doc, page, DEFAULT_STYLE, footerText(doc, services.layoutDeps));
    // version: re-layout once drawings arrive
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, pageId, cache, services, version]);

  return { scene, cache, version };
}
