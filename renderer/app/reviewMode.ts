import type { Reviewer } from '../editor/plugins/reviewTracking.js';

const ON_KEY = 'duizhao.reviewMode';
const NAME_KEY = 'duizhao.reviewer';

/**
 * Review mode as the window holds it: whether it is on and the reviewer's name (a setting, kept
 * across sessions; the operating system's user name until the reviewer sets one). The tracker
 * plugin reads `current` on each edit; the toolbar and the Review tab subscribe.
 */
export class ReviewMode {
  private value: Reviewer;
  private readonly listeners = new Set<() => void>();
  private fallbackName: string;

  constructor(fallbackName: string) {
    this.fallbackName = fallbackName;
    this.value = { on: localStorage.getItem(ON_KEY) === 'true', author: localStorage.getItem(NAME_KEY) || fallbackName };
  }

  get current(): Reviewer {
    return this.value;
  }

  /** The name to use when the reviewer set none (the OS user's, once the back end told it). */
  setFallbackName(name: string): void {
    this.fallbackName = name;
    if (!localStorage.getItem(NAME_KEY)) this.update({ ...this.value, author: name });
  }

  setOn(on: boolean): void {
    localStorage.setItem(ON_KEY, String(on));
    this.update({ ...this.value, on });
  }

  toggle(): boolean {
    this.setOn(!this.value.on);
    return this.value.on;
  }

  /** Sets the reviewer's name; an empty name goes back to the default. */
  setAuthor(name: string): void {
    const trimmed = name.trim().slice(0, 200);
    if (trimmed) localStorage.setItem(NAME_KEY, trimmed);
    else localStorage.removeItem(NAME_KEY);
    this.update({ ...this.value, author: trimmed || this.fallbackName });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(value: Reviewer): void {
    if (value.on === this.value.on && value.author === this.value.author) return;
    this.value = value;
    this.listeners.forEach((l) => l());
  }
}
