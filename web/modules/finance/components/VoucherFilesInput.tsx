// Chứng từ kèm theo for a voucher being written: files chosen here are uploaded once (kept for vouchers) and their ids
// handed to the voucher, so a retry after a refused voucher does not upload them again.
import { FileInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api.ts';
import { attachmentTypes, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../../attachments/attachments.api.ts';

export const voucherFileAccept = Object.keys(attachmentTypes).map((ext) => `.${ext}`).join(',');

interface Props { files: File[]; onChange: (files: File[]) => void; error?: string }

export function VoucherFilesInput({ files, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <FileInput multiple clearable accept={voucherFileAccept} leftSection={<IconPaperclip size={16} />} label={t('finance.files.label')}
      description={t('finance.files.hint')} value={files} onChange={onChange} error={error} data-testid="entry-files" />
  );
}

/** Uploads what was not uploaded yet (remembered per File), then gives every id in the order chosen. */
export function useVoucherUploads(orgId: number) {
  const { t } = useTranslation();
  const uploaded = useRef(new Map<File, number>());
  return async (files: readonly File[]): Promise<number[]> => {
    const tooBig = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
    if (tooBig) {
      const message = t('finance.files.tooBig', { name: tooBig.name });
      throw new ApiError(400, 'VALIDATION', message, [{ path: ['attachmentIds'], message }]);
    }
    const ids: number[] = [];
    for (const file of files) {
      let id = uploaded.current.get(file);
      if (id === undefined) {
        id = (await uploadAttachment(orgId, 'voucher', file)).id;
        uploaded.current.set(file, id);
      }
      ids.push(id);
    }
    return ids;
  };
}
