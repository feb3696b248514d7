import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: every case row belongs to one municipality. */
@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The official municipality code, e.g. 250 for Frederikssund. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
