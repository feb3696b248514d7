import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A spoken language, by its ISO 639-1 code, with the direction its script reads in. */
@Entity('language')
export class LanguageEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  nameDa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  /** The language's own name for itself, e.g. العربية. */
  @Column({ type: 'text' })
  nativeName!: string;

  @Column({ type: 'text' })
  direction!: 'ltr' | 'rtl';
}
