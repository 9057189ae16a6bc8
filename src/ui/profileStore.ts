/** Profiles in memory for the UI, kept in step with IndexedDB. */
import { useSyncExternalStore } from 'react';
import type { Profile } from '../model/profile';
import type { LocalStore } from '../storage/db';

export class ProfileStore {
  private list: Profile[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly store: LocalStore) {}

  async load(): Promise<void> {
    this.list = await this.store.profiles();
    this.emit();
  }

  private emit() {
    this.list = [...this.list].sort((a, b) => a.name.localeCompare(b.name));
    for (const l of this.listeners) l();
  }

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  all = (): Profile[] => this.list;

  get(id: string | null | undefined): Profile | null {
    return (id && this.list.find((p) => p.id === id)) || null;
  }

  async put(p: Profile): Promise<void> {
    const next = { ...p, updatedAt: new Date().toISOString() };
    this.list = [...this.list.filter((x) => x.id !== p.id), next];
    this.emit();
    await this.store.putProfile(next);
  }

  async remove(id: string): Promise<void> {
    this.list = this.list.filter((x) => x.id !== id);
    this.emit();
    await this.store.deleteProfile(id);
  }
}

export function useProfiles(store: ProfileStore): Profile[] {
  return useSyncExternalStore(store.subscribe, store.all, store.all);
}
