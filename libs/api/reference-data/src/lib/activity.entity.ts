import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of the leisure activity taxonomy (football, choir, chess …), kept as editable data. */
@Entity('activity')
export class ActivityEntity {
  /** Stable key, e.g. `football`. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** e.g. sport, culture, outdoor. */
  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  nameDa!: string;

  @Column({ type: 'text' })
  nameEn!: string;
}
