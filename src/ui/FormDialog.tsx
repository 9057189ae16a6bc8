/** A modal form: backdrop, labelled dialog, Escape to cancel, Enter to submit. */
import type { ReactNode } from 'react';

export function FormDialog({ titleId, title, onSubmit, onCancel, children }: { titleId: string; title: string; onSubmit: () => void; onCancel: () => void; children: ReactNode }) {
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </form>
    </div>
  );
}
