import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The year's fritidspas budget, set by an administrator. Amounts in øre. */
@Entity('fritidspas_budget')
@Unique(['municipalityId', 'year'])
export class FritidspasBudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountOre!: number;
}

/** The municipality pays a child's club fee and equipment for a period, from the year's budget. */
@Entity('fritidspas_grant')
export class FritidspasGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'uuid' })
  participantId!: string;

  /** The child, as recorded in the participant's household. */
  @Column({ type: 'text' })
  childFirstName!: string;

  @Column({ type: 'int' })
  childBirthYear!: number;

  @Column({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'int' })
  feeOre!: number;

  @Column({ type: 'int' })
  equipmentOre!: number;

  @Column({ type: 'date' })
  periodStart!: string;

  @Column({ type: 'date' })
  periodEnd!: string;

  /** The season-end retention check: is the child still active in the club? */
  @Column({ type: 'boolean', nullable: true })
  stillActive!: boolean | null;

  @Column({ type: 'date', nullable: true })
  retentionCheckedOn!: string | null;

  @Column({ type: 'uuid' })
  grantedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt!: Date;
}
