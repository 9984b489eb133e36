import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Mailbox, MailboxFile } from './mailbox';

export class MailboxListing {
  files!: MailboxFile[];
}

/** Partners poll for their replies and delete each once they have stored it. */
@ApiTags('mailbox')
@Controller('mailboxes/:partnerId/files')
export class MailboxController {
  constructor(private readonly mailbox: Mailbox) {}

  @Get()
  list(@Param('partnerId') partnerId: string): MailboxListing {
    return { files: this.mailbox.collectable(partnerId) };
  }

  @Delete(':fileId')
  @HttpCode(204)
  remove(@Param('partnerId') partnerId: string, @Param('fileId', ParseUUIDPipe) fileId: string): void {
    this.mailbox.remove(partnerId, fileId);
  }
}
