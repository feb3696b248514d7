import { distanceKm, GeoGrid } from './geo';
import { seededRandom } from '../testing/factories';

describe('distanceKm', () => {
  it('measures the great-circle distance', () => {
    // Frederikssund – Slangerup town centres (shared/data/localities.csv): about 7.0 km.
    expect(distanceKm(55.8396, 12.0689, 55.8495, 12.1786)).toBeCloseTo(6.95, 1);
    expect(distanceKm(0, 0, 0, 1)).toBeCloseTo(111.195, 2);
  });
});

describe('GeoGrid', () => {
  it('never misses a point within the radius', () => {
    const random = seededRandom(7);
    const n = 400;
    const lat = Float64Array.from({ length: n }, () => 55.7 + random() * 0.3);
    const lon = Float64Array.from({ length: n }, () => 11.9 + random() * 0.4);
    const grid = new GeoGrid(lat, lon, 1 + random() * 3);
    for (let q = 0; q < 200; q++) {
      const qLat = 55.7 + random() * 0.3;
      const qLon = 11.9 + random() * 0.4;
      const radius = random() * 8;
      const seen = new Set<number>();
      grid.query(qLat, qLon, radius, (k) => seen.add(k));
      for (let k = 0; k < n; k++) {
        if (distanceKm(qLat, qLon, lat[k], lon[k]) <= radius) expect(seen.has(k)).toBe(true);
      }
      expect(seen.size).toBeLessThan(n);
    }
  });
});
