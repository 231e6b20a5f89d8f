/**
 * A map that keeps what was used lately: two generations of at most `size` entries each, and when
 * the young one fills up it becomes the old one. For per-text results that the checks of one
 * document share: a large project's results are not all kept until its run ends (keeping them
 * cost more in garbage collection than working out the few that are asked for again).
 */
export class RecentMap<K, V> {
  private young = new Map<K, V>()
  private old = new Map<K, V>()

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const hit = this.young.get(key)
    if (hit !== undefined) return hit
    const aged = this.old.get(key)
    if (aged !== undefined) this.set(key, aged)
    return aged
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.size) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }
}
