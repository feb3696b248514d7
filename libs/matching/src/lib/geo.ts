/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/** Kilometres per degree of latitude along a great circle. */
const KM_PER_DEGREE = EARTH_RADIUS_KM * RAD;

/** Great-circle distance in km (haversine formula). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A uniform latitude/longitude grid over points (providers). `query` visits every point that
 * can be within `radiusKm` of a centre — a superset, never missing one; the caller checks the
 * exact distance. The bounds come from the haversine formula itself:
 * |Δlat| ≤ r/R and cos φ1 cos φ2 sin²(Δlon/2) ≤ sin²(r/2R).
 */
export class GeoGrid {
  private readonly cellDeg: number;
  private readonly keys: Float64Array;
  private readonly starts: Int32Array;
  private readonly members: Int32Array;
  private readonly cellIndex = new Map<number, number>();
  readonly size: number;

  /**
   * @param lat,lon coordinates of the points; points with NaN coordinates are left out.
   * @param cellKm edge of a cell (north–south), km.
   */
  constructor(lat: Float64Array, lon: Float64Array, cellKm: number) {
    this.cellDeg = cellKm / KM_PER_DEGREE;
    const n = lat.length;
    const cellOf = new Float64Array(n);
    const order: number[] = [];
    for (let k = 0; k < n; k++) {
      if (Number.isNaN(lat[k])) continue;
      const row = this.row(lat[k]);
      const col = this.col(lon[k]);
      cellOf[k] = this.key(row, col);
      order.push(k);
    }
    order.sort((a, b) => cellOf[a] - cellOf[b] || a - b);
    this.size = order.length;
    this.members = Int32Array.from(order);
    const keys: number[] = [];
    const starts: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const key = cellOf[order[k]];
      if (k === 0 || key !== keys[keys.length - 1]) {
        this.cellIndex.set(key, keys.length);
        keys.push(key);
        starts.push(k);
      }
    }
    starts.push(order.length);
    this.keys = Float64Array.from(keys);
    this.starts = Int32Array.from(starts);
  }

  private row(lat: number): number {
    return Math.floor((lat + 90) / this.cellDeg);
  }

  private col(lon: number): number {
    return Math.floor((lon + 180) / this.cellDeg);
  }

  private key(row: number, col: number): number {
    return row * 1_000_000 + col;
  }

  /** Calls `visit` with every point index possibly within `radiusKm` of (lat, lon), cell by cell. */
  query(lat: number, lon: number, radiusKm: number, visit: (point: number) => void): void {
    if (!Number.isFinite(radiusKm)) {
      this.forEachPoint(visit);
      return;
    }
    const dLatDeg = (radiusKm / KM_PER_DEGREE) * (1 + 1e-9) + 1e-12;
    const latLo = Math.max(-90, lat - dLatDeg);
    const latHi = Math.min(90, lat + dLatDeg);
    const cosMin = Math.min(Math.cos(latLo * RAD), Math.cos(latHi * RAD)) * Math.cos(lat * RAD);
    const sinHalf = Math.sin(Math.min(Math.PI / 2, radiusKm / (2 * EARTH_RADIUS_KM)));
    const ratio = cosMin > 0 ? sinHalf / Math.sqrt(cosMin) : Infinity;
    if (!(ratio < 1) || latLo <= -90 || latHi >= 90) {
      this.forEachPoint(visit);
      return;
    }
    const dLonDeg = ((2 * Math.asin(ratio)) / RAD) * (1 + 1e-9) + 1e-12;
    const lonLo = lon - dLonDeg;
    const lonHi = lon + dLonDeg;
    if (lonLo < -180 || lonHi > 180) {
      // Crosses the antimeridian: rare enough that a full scan is fine.
      this.forEachPoint(visit);
      return;
    }
    const r0 = this.row(latLo);
    const r1 = this.row(latHi);
    const c0 = this.col(lonLo);
    const c1 = this.col(lonHi);
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > this.keys.length) {
      // More cells in range than occupied cells: walk the occupied ones instead.
      for (let k = 0; k < this.keys.length; k++) {
        const key = this.keys[k];
        const r = Math.floor(key / 1_000_000);
        const c = key - r * 1_000_000;
        if (r < r0 || r > r1 || c < c0 || c > c1) continue;
        for (let m = this.starts[k]; m < this.starts[k + 1]; m++) visit(this.members[m]);
      }
      return;
    }
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const k = this.cellIndex.get(this.key(r, c));
        if (k === undefined) continue;
        for (let m = this.starts[k]; m < this.starts[k + 1]; m++) visit(this.members[m]);
      }
    }
  }

  private forEachPoint(visit: (point: number) => void): void {
    for (let m = 0; m < this.members.length; m++) visit(this.members[m]);
  }
}
