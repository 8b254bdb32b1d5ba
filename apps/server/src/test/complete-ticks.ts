/** The ticks of a complete reception: every required checklist item with the count it asks for (DESIGN §6). */
export const completeTicks = (checklist: readonly { count: number; required: boolean }[]) =>
  checklist.map((item, i) => ({ item: i, provided: item.required ? item.count : 0 }));
