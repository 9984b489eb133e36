import { Injectable } from '@nestjs/common';
import { NotFoundError, pageOf } from '@praxis/platform';
import { TenantTransactions } from '@praxis/tenancy';
import { TrainingAudience } from '../access/training-audience';
import { Certificate } from './certificate.entity';
import { findCompletion } from './completion-facts';
import { Completion } from './completion.entity';
import { CompletionPage } from './dto/completion-page.dto';
import { CompletionsQuery } from './dto/completion.dto';

export interface CertificateDownload {
  content: Buffer;
  mediaType: string;
  fileName: string;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

@Injectable()
export class CompletionsQueries {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audience: TrainingAudience,
  ) {}

  /** Newest last, like every page; a staff member's list holds only their own. */
  page({ userId, requirementId, review, ...page }: CompletionsQuery): Promise<CompletionPage> {
    const subject = this.audience.subject(userId);
    return this.transactions.run((manager) => {
      const query = manager.createQueryBuilder(Completion, 'completion');
      if (subject) query.andWhere('completion.user_id = :subject', { subject });
      if (requirementId) query.andWhere('completion.requirement_id = :requirementId', { requirementId });
      if (review) query.andWhere('completion.review = :review', { review });
      return pageOf(query, page);
    });
  }

  get(id: string): Promise<Completion> {
    return this.transactions.run(async (manager) => {
      const completion = await findCompletion(manager, id);
      this.audience.refuseUnlessOwnOrManaged(completion.userId, 'completion', id);
      return completion;
    });
  }

  certificate(completionId: string): Promise<CertificateDownload> {
    return this.transactions.run(async (manager) => {
      const completion = await findCompletion(manager, completionId);
      this.audience.refuseUnlessOwnOrManaged(completion.userId, 'completion', completionId);
      const certificate = completion.certificateId
        ? await manager.findOne(Certificate, {
            where: { id: completion.certificateId },
            select: { id: true, mediaType: true, content: true },
          })
        : null;
      if (!certificate) throw new NotFoundError('certificate of completion', completionId);
      const extension = EXTENSIONS[certificate.mediaType] ?? 'bin';
      return {
        content: certificate.content,
        mediaType: certificate.mediaType,
        fileName: `certificate-${completionId}.${extension}`,
      };
    });
  }
}
