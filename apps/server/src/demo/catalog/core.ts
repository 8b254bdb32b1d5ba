// The seed reaches the core through its package, like every adapter.
export * from '@motcua/core';
