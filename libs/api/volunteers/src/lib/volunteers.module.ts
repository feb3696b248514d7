import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VolunteerEntity } from './volunteer.entity';

export const volunteerEntities = [VolunteerEntity];

/** Volunteers' sign-up, profiles and vetting arrive with the volunteers issue; the table is here. */
@Module({ imports: [TypeOrmModule.forFeature(volunteerEntities)] })
export class VolunteersModule {}
