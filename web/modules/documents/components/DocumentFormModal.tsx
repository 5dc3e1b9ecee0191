// Ghi / sửa một văn bản chỉ đạo đến: number and symbol, issuer, dates, summary, the attached file (uploaded as soon
// as it is chosen, so the document saves with its id), deadline, assignee, status and completion.
import { Alert, Anchor, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListResponse } from '../../../../shared/contracts/members.contract.ts';
import { toQueryString } from '../../../app/api.ts';
import { errorMessage } from '../../../app/errors.ts';
import { useApiQuery } from '../../../app/use-api-query.ts';
import { useServerSubmit } from '../../../app/use-server-submit.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { formatNumber } from '../../../ui/format.ts';
import {
  MAX_ATTACHMENT_BYTES, attachmentTypes, createDocument, documentStatus, downloadAttachment, updateDocument, uploadDocumentFile,
  type DocumentStatus, type DocumentView,
} from '../documents.api.ts';

interface Props { orgId: number; doc: DocumentView | null; onClose: () => void; onSaved: () => void }
interface FileRef { id: number; fileName: string; byteSize: number }

const accept = Object.keys(attachmentTypes).map((ext) => `.${ext}`).join(',');
const dateOf = (v: unknown) => (typeof v === 'string' && v ? v : null);

export function DocumentFormModal({ orgId, doc, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [numberSymbol, setNumberSymbol] = useState(doc?.numberSymbol ?? '');
  const [issuer, setIssuer] = useState(doc?.issuer ?? '');
  const [issuedOn, setIssuedOn] = useState<string | null>(doc?.issuedOn ?? null);
  const [receivedOn, setReceivedOn] = useState<string | null>(doc?.receivedOn ?? null);
  const [summary, setSummary] = useState(doc?.summary ?? '');
  const [deadline, setDeadline] = useState<string | null>(doc?.deadline ?? null);
  const [assignee, setAssignee] = useState<string | null>(doc?.assigneeMemberId ? String(doc.assigneeMemberId) : null);
  const [status, setStatus] = useState<DocumentStatus>(doc?.status ?? 'pending');
  const [completedOn, setCompletedOn] = useState<string | null>(doc?.completedOn ?? null);
  const [note, setNote] = useState(doc?.note ?? '');
  const [file, setFile] = useState<FileRef | null>(doc?.attachment ?? null);
  const [uploading, setUploading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const { fieldErrors, formError, saving, run } = useServerSubmit();
  const members = useApiQuery<MemberListResponse>(`/api/orgs/${orgId}/members${toQueryString({ status: 'current', pageSize: 500, sort: 'name' })}`);
  const options = (members.data?.items ?? []).map((m) => ({ value: String(m.id), label: `${m.fullName} (${m.code})` }));

  const choose = async (chosen: File | null) => {
    setFileError(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    if (chosen.size > MAX_ATTACHMENT_BYTES) {
      setFileError(t('documents.form.fileTooLarge'));
      return;
    }
    setUploading(true);
    try {
      const uploaded = await uploadDocumentFile(orgId, chosen);
      setFile({ id: uploaded.id, fileName: uploaded.fileName, byteSize: uploaded.byteSize });
    } catch (err) {
      setFileError(errorMessage(err, t));
    } finally {
      setUploading(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      numberSymbol: numberSymbol.trim(), issuer: issuer.trim(), issuedOn: issuedOn ?? '', receivedOn: receivedOn ?? '', summary: summary.trim(),
      attachmentId: file?.id ?? null, deadline, assigneeMemberId: assignee ? Number(assignee) : null, status,
      completedOn: status === 'done' ? completedOn : null, note: note.trim() || null,
    };
    const saved = await run(() => (doc ? updateDocument(orgId, doc.id, body) : createDocument(orgId, body)));
    if (saved) {
      notifications.show({ color: 'green', message: t('documents.saved') });
      onSaved();
    }
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={doc ? t('documents.edit') : t('documents.add')}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="document-form">
        <Stack gap="xs">
          {formError && <Alert color="red" p="xs">{formError}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required label={t('documents.field.numberSymbol')} placeholder="125/KH-LĐLĐ" value={numberSymbol}
              onChange={(e) => setNumberSymbol(e.currentTarget.value)} error={fieldErrors.numberSymbol} data-testid="document-number" />
            <TextInput required label={t('documents.field.issuer')} value={issuer} onChange={(e) => setIssuer(e.currentTarget.value)} error={fieldErrors.issuer} data-testid="document-issuer" />
            <DateField required label={t('documents.field.issuedOn')} value={issuedOn} onChange={(v) => setIssuedOn(dateOf(v))} error={fieldErrors.issuedOn} data-testid="document-issued" />
            <DateField required label={t('documents.field.receivedOn')} value={receivedOn} onChange={(v) => setReceivedOn(dateOf(v))} error={fieldErrors.receivedOn} data-testid="document-received" />
          </SimpleGrid>
          <Textarea required autosize minRows={2} label={t('documents.field.summary')} value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)} error={fieldErrors.summary} data-testid="document-summary" />
          <Stack gap={4}>
            <FileInput clearable accept={accept} leftSection={<IconPaperclip size={16} />} label={t('documents.field.file')}
              description={t('documents.form.fileHint')} placeholder={file ? file.fileName : t('documents.form.chooseFile')}
              onChange={(f) => void choose(f)} disabled={uploading} error={fileError ?? fieldErrors.attachmentId} data-testid="document-file" />
            {file && (
              <Group gap="xs">
                <Anchor size="sm" component="button" type="button" data-testid="document-file-name" onClick={() => void downloadAttachment(orgId, file.id, file.fileName)}>
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">{formatNumber(Math.ceil(file.byteSize / 1024))} KB</Text>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setFile(null)}>{t('documents.form.removeFile')}</Button>
              </Group>
            )}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField clearable label={t('documents.field.deadline')} value={deadline} onChange={(v) => setDeadline(dateOf(v))} error={fieldErrors.deadline} data-testid="document-deadline" />
            <Select clearable searchable label={t('documents.field.assignee')} data={options} value={assignee} onChange={setAssignee} error={fieldErrors.assigneeMemberId} data-testid="document-assignee" />
            <Select required label={t('documents.field.status')} value={status} allowDeselect={false}
              data={documentStatus.options.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
              onChange={(v) => v && setStatus(v as DocumentStatus)} error={fieldErrors.status} />
            {status === 'done' && (
              <DateField required label={t('documents.field.completedOn')} value={completedOn} onChange={(v) => setCompletedOn(dateOf(v))} error={fieldErrors.completedOn} />
            )}
          </SimpleGrid>
          <Textarea autosize label={t('documents.field.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
          <Button type="submit" loading={saving} disabled={uploading} data-testid="document-save">{t('documents.form.save')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
