import { MigrationInterface, QueryRunner } from 'typeorm';

/** The UK Ivory Act's musical instrument exemption needs to know an artwork is an instrument. */
export class ArtworkMusicalInstrument1732400000150 implements MigrationInterface {
  name = 'ArtworkMusicalInstrument1732400000150';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE artwork ADD COLUMN musical_instrument boolean`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE artwork DROP COLUMN musical_instrument`);
  }
}
