/**
 * The editor store: the document, the current page, the selection and the view.
 * The document changes only through `change()`, which records undo history; selection
 * and zoom are not part of history (undo covers the document, not the view).
 */
import type { SignpostDocument, Element, Page } from '../model/schema';

export interface EditorState {
  /** The open document. */
  readonly doc: SignpostDocument;
  /** Id of the page shown on the canvas. */
  readonly pageId: string;
  /** Selected element ids on the current page, in selection order. */
  readonly selection: readonly string[];
  /** Zoom: screen pixels per millimetre, or null to fit the page to the screen. */
  readonly zoom: number | null;
  /** Element whose text is being edited inline, if any. */
  readonly editingId: string | null;
  /** A word of symbolised text whose picture was clicked, to show its alternatives. */
  readonly activeToken: { elementId: string; key: string; n?: number } | null;
  /** True while another tab edits this document: nothing here may change it. */
  readonly readOnly: boolean;
}

export interface ChangeOptions {
  /**
   * Consecutive changes with the same merge key become one undo step (typing in a
   * caption is one step, not one per key).
   */
  mergeKey?: string;
  /** Selection after the change. */
  select?: string[];
  /** i18next key saying what the change does ("Change caption"), for the undo and redo buttons. */
  label?: string;
}

type Listener = () => void;

const HISTORY_LIMIT = 200;

export class Editor {
  private state: EditorState;
  private past: { doc: SignpostDocument; pageId: string; mergeKey?: string; label?: string }[] = [];
  private future: { doc: SignpostDocument; pageId: string; label?: string }[] = [];
  /** Label of the command running now, for the changes it makes. */
  private runningLabel: string | undefined;
  private listeners = new Set<Listener>();
  /** Copied elements; kept in the editor so paste works across pages. */
  clipboard: Element[] = [];
  /** Zoom that fits the page to the canvas, set by the canvas as it measures itself. */
  fitZoom = 2;

  constructor(doc: SignpostDocument) {
    this.state = { doc, pageId: doc.pages[0].id, selection: [], zoom: null, editingId: null, activeToken: null, readOnly: false };
  }

  getState = (): EditorState => this.state;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<EditorState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  get doc(): SignpostDocument {
    return this.state.doc;
  }

  get page(): Page {
    return this.state.doc.pages.find((p) => p.id === this.state.pageId) ?? this.state.doc.pages[0];
  }

  get selectedElements(): Element[] {
    const sel = new Set(this.state.selection);
    return this.page.elements.filter((e) => sel.has(e.id));
  }

  /**
   * Applies a pure document operation as one undo step. A no-op (same object back)
   * records nothing.
   */
  change(fn: (doc: SignpostDocument) => SignpostDocument, options: ChangeOptions = {}): boolean {
    if (this.state.readOnly) return false;
    const before = this.state.doc;
    const after = fn(before);
    if (after === before) {
      if (options.select) this.select(options.select);
      return false;
    }
    const last = this.past[this.past.length - 1];
    if (!(options.mergeKey && last && last.mergeKey === options.mergeKey && this.future.length === 0)) {
      this.past.push({ doc: before, pageId: this.state.pageId, mergeKey: options.mergeKey, label: options.label ?? this.runningLabel });
      if (this.past.length > HISTORY_LIMIT) this.past.shift();
    }
    this.future = [];
    const doc = { ...after, updatedAt: new Date().toISOString() };
    this.set({ doc, ...this.fixView(doc, options.select) });
    return true;
  }

  /** Replaces the document wholesale (open, new): history starts afresh. */
  load(doc: SignpostDocument): void {
    this.past = [];
    this.future = [];
    this.set({ doc, pageId: doc.pages[0].id, selection: [], editingId: null });
  }

  /** Ends a merge run, so the next change starts a new undo step. */
  sealHistory(): void {
    const last = this.past[this.past.length - 1];
    if (last) last.mergeKey = undefined;
  }

  /** Runs `fn` with its changes labelled `label` (a command's label key) in undo history. */
  labelled<T>(label: string, fn: () => T): T {
    const outer = this.runningLabel;
    this.runningLabel = label;
    try {
      return fn();
    } finally {
      this.runningLabel = outer;
    }
  }

  /** i18next key of what undo would take back, when known. */
  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label;
  }

  /** i18next key of what redo would do again, when known. */
  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): void {
    if (this.state.readOnly) return;
    const prev = this.past.pop();
    if (!prev) return;
    this.future.push({ doc: this.state.doc, pageId: this.state.pageId, label: prev.label });
    this.set({ doc: prev.doc, pageId: prev.pageId, ...this.fixView(prev.doc, undefined, prev.pageId) });
  }

  redo(): void {
    if (this.state.readOnly) return;
    const next = this.future.pop();
    if (!next) return;
    this.past.push({ doc: this.state.doc, pageId: this.state.pageId, label: next.label });
    this.set({ doc: next.doc, pageId: next.pageId, ...this.fixView(next.doc, undefined, next.pageId) });
  }

  /** Keeps the page and selection pointing at things that exist. */
  private fixView(doc: SignpostDocument, select?: string[], pageId = this.state.pageId): Partial<EditorState> {
    const page = doc.pages.find((p) => p.id === pageId) ?? doc.pages[Math.min(this.pageIndex, doc.pages.length - 1)];
    const ids = new Set(page.elements.map((e) => e.id));
    const selection = (select ?? this.state.selection).filter((id) => ids.has(id));
    const editingId = this.state.editingId && ids.has(this.state.editingId) ? this.state.editingId : null;
    return { pageId: page.id, selection, editingId };
  }

  get pageIndex(): number {
    return Math.max(0, this.state.doc.pages.findIndex((p) => p.id === this.state.pageId));
  }

  select(ids: readonly string[]): void {
    const same = ids.length === this.state.selection.length && ids.every((id, i) => id === this.state.selection[i]);
    if (!same) this.set({ selection: [...ids] });
  }

  setPage(pageId: string): void {
    if (pageId !== this.state.pageId && this.state.doc.pages.some((p) => p.id === pageId)) {
      this.set({ pageId, selection: [], editingId: null });
    }
  }

  setZoom(zoom: number | null): void {
    this.set({ zoom: zoom === null ? null : Math.max(0.5, Math.min(12, zoom)) });
  }

  setActiveToken(token: { elementId: string; key: string; n?: number } | null): void {
    this.set({ activeToken: token });
  }

  /** Another tab has the document (true), or this tab has it back (false). */
  setReadOnly(readOnly: boolean): void {
    if (readOnly !== this.state.readOnly) this.set({ readOnly, editingId: null });
  }

  setEditing(id: string | null): void {
    if (id !== this.state.editingId) {
      this.sealHistory();
      this.set({ editingId: id });
    }
  }
}
