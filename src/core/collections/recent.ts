/**
 * A map that keeps what was used lately: two generations of at most `size` entries each, and when
 * the young one fills up it becomes the old one. For per-text results that the checks of one
 * document share: a large project's results are not all kept until its run ends (keeping them
 * cost more in garbage collection than working out the few that are asked for again).
 * With `weigh`, a generation is also full once its entries weigh `maxWeight`: a few huge texts
 * then take the room of many ordinary ones instead of being kept by the thousand.
 */
export class RecentMap<K, V> {
  private young = new Map<K, V>()
  private old = new Map<K, V>()
  private youngWeight = 0

  constructor(
    private readonly size: number,
    private readonly maxWeight = Infinity,
    private readonly weigh?: (key: K, value: V) => number
  ) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key)
    if (hit !== undefined) return hit
    const aged = this.old.get(key)
    if (aged !== undefined) this.set(key, aged)
    return aged
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.size || this.youngWeight >= this.maxWeight) {
      this.old = this.young
      this.young = new Map()
      this.youngWeight = 0
    }
    this.young.set(key, value)
    if (this.weigh) this.youngWeight += this.weigh(key, value)
  }
}
