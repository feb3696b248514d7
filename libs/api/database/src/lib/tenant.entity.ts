import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns a municipality's own rows share: a uuid key, the municipality (`municipality_id`, which
 * row-level security reads on the tenant tables) and when the row was created. Tables whose creation
 * time has a name of its own (granted_at, proposed_at, …) or none declare their columns themselves.
 */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
