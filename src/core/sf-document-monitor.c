/* sf-document-monitor.c
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sf-document-monitor.h"
#include "sf-enum-types.h"

/* Events come in bursts (a rename, then attribute changes): look once they
 * settle. */
#define SETTLE_MSEC 100

/**
 * SfDocumentMonitor:
 *
 * Watches a document's file and tells, through #SfDocumentMonitor:state,
 * when another program changed or deleted it. A change is confirmed by the
 * file's entity tag against the one the document last loaded or saved, so
 * that the document's own saves are never reported, and nothing is looked
 * at while the document is saving.
 */
struct _SfDocumentMonitor
{
  GObject       parent_instance;

  SfDocument   *document;
  GFileMonitor *monitor;
  GCancellable *cancellable;
  guint         settle_source;
  SfDiskState   state;
};

G_DEFINE_FINAL_TYPE (SfDocumentMonitor, sf_document_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_state (SfDocumentMonitor *self,
           SfDiskState        state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
query_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(SfDocumentMonitor) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *etag;

  info = g_file_query_info_finish (G_FILE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* The file changed place or a save began while we looked: look again
   * later. */
  if (object != (GObject *) sf_document_get_file (self->document) ||
      sf_document_get_saving (self->document))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      set_state (self, SF_DISK_STATE_DELETED);
      return;
    }
  if (info == NULL)
    return;

  etag = g_file_info_get_etag (info);
  if (sf_document_get_etag (self->document) == NULL || g_strcmp0 (etag, sf_document_get_etag (self->document)) == 0)
    set_state (self, SF_DISK_STATE_CURRENT);
  else
    set_state (self, SF_DISK_STATE_CHANGED);
}

/**
 * sf_document_monitor_check:
 * @self: a #SfDocumentMonitor
 *
 * Looks at the file now, as after the window comes back into focus; the
 * answer comes through #SfDocumentMonitor:state.
 */
void
sf_document_monitor_check (SfDocumentMonitor *self)
{
  GFile *file;

  g_return_if_fail (SF_IS_DOCUMENT_MONITOR (self));

  g_clear_handle_id (&self->settle_source, g_source_remove);
  file = sf_document_get_file (self->document);
  if (file == NULL)
    {
      set_state (self, SF_DISK_STATE_CURRENT);
      return;
    }
  if (sf_document_get_saving (self->document))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, query_cb, g_object_ref (self));
}

static gboolean
settle_cb (gpointer data)
{
  SfDocumentMonitor *self = data;

  self->settle_source = 0;
  sf_document_monitor_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_check (SfDocumentMonitor *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MSEC, settle_cb, self);
}

static void
on_file_changed (SfDocumentMonitor *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  schedule_check (self);
}

static void
watch_file (SfDocumentMonitor *self)
{
  GFile *file = sf_document_get_file (self->document);
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    g_debug ("cannot watch %s: %s", g_file_peek_path (file), error->message);
  else
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (on_file_changed), self,
                             G_CONNECT_SWAPPED);
  sf_document_monitor_check (self);
}

static void
sf_document_monitor_dispose (GObject *object)
{
  SfDocumentMonitor *self = SF_DOCUMENT_MONITOR (object);

  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (sf_document_monitor_parent_class)->dispose (object);
}

static void
sf_document_monitor_constructed (GObject *object)
{
  SfDocumentMonitor *self = SF_DOCUMENT_MONITOR (object);

  G_OBJECT_CLASS (sf_document_monitor_parent_class)->constructed (object);

  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (watch_file), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::etag", G_CALLBACK (schedule_check), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::saving", G_CALLBACK (schedule_check), self,
                           G_CONNECT_SWAPPED);
  watch_file (self);
}

static void
sf_document_monitor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SfDocumentMonitor *self = SF_DOCUMENT_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_document_monitor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SfDocumentMonitor *self = SF_DOCUMENT_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sf_document_monitor_class_init (SfDocumentMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sf_document_monitor_constructed;
  object_class->dispose = sf_document_monitor_dispose;
  object_class->get_property = sf_document_monitor_get_property;
  object_class->set_property = sf_document_monitor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SF_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, SF_TYPE_DISK_STATE, SF_DISK_STATE_CURRENT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sf_document_monitor_init (SfDocumentMonitor *self)
{
}

/**
 * sf_document_monitor_new:
 * @document: the document whose file to watch
 *
 * Returns: (transfer full): a new #SfDocumentMonitor
 */
SfDocumentMonitor *
sf_document_monitor_new (SfDocument *document)
{
  g_return_val_if_fail (SF_IS_DOCUMENT (document), NULL);

  return g_object_new (SF_TYPE_DOCUMENT_MONITOR, "document", document, NULL);
}

/**
 * sf_document_monitor_get_document:
 * @self: a #SfDocumentMonitor
 *
 * Returns: (transfer none): the document watched
 */
SfDocument *
sf_document_monitor_get_document (SfDocumentMonitor *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT_MONITOR (self), NULL);

  return self->document;
}

/**
 * sf_document_monitor_get_state:
 * @self: a #SfDocumentMonitor
 *
 * Returns: how the file on disk relates to the document, as last seen
 */
SfDiskState
sf_document_monitor_get_state (SfDocumentMonitor *self)
{
  g_return_val_if_fail (SF_IS_DOCUMENT_MONITOR (self), SF_DISK_STATE_CURRENT);

  return self->state;
}
