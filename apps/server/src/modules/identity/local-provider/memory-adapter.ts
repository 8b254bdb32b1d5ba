/**
 * oidc-provider's storage for the local test provider: in memory, as its accounts are (a restart forgets every
 * log-in under way, which a test provider may). Its own would do the same, with a warning meant for real providers.
 */
type Payload = Record<string, unknown> & { uid?: string; userCode?: string; grantId?: string; consumed?: number };

/** An adapter class with its own store: two providers in one process (tests) share nothing. */
export function memoryAdapter() {
  const store = new Map<string, { payload: Payload; expiresAt: number }>();
  return class MemoryAdapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return `${this.model}:${id}`;
    }

    private live(key: string): Payload | undefined {
      const entry = store.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        store.delete(key);
        return undefined;
      }
      return entry.payload;
    }

    async upsert(id: string, payload: Payload, expiresIn: number) {
      store.set(this.key(id), { payload, expiresAt: Date.now() + (expiresIn || 3600) * 1000 });
    }
    async find(id: string) {
      return this.live(this.key(id));
    }
    async findByUid(uid: string) {
      for (const [key, { payload }] of store)
        if (key.startsWith(`${this.model}:`) && payload.uid === uid) return this.live(key);
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key, { payload }] of store)
        if (key.startsWith(`${this.model}:`) && payload.userCode === userCode) return this.live(key);
      return undefined;
    }
    async consume(id: string) {
      const payload = this.live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, { payload }] of store) if (payload.grantId === grantId) store.delete(key);
    }
  };
}
