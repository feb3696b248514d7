import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParticipantEntity } from './participant.entity';

export const participantEntities = [ParticipantEntity];

@Module({ imports: [TypeOrmModule.forFeature(participantEntities)] })
export class ParticipantsModule {}
