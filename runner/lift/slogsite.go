package lift

import (
	"bytes"
	"context"
	"log"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"time"
)

// slog's default handler, and every handler derived from it by With and
// WithGroup, writes each record through log's std logger with the PC of
// the call that logs, from which log names the file and line where its
// flags hold Lshortfile or Llongfile: under the interpreter, reflect's
// value.go. The rewrite (runner/rewrite, pass logsite) turns a script's
// calls of slog's logging functions (slog.Info) and *slog.Logger's logging
// methods (l.Info) into calls of these, with the call's own file and line.
// While the logger's handler is a default handler and log's std logger
// names the file, each writes the line the default handler would, with
// log's header for the script's file and line; otherwise it calls slog's
// own function, which prints as it does for Go.

// SlogDebug is slog.Debug(msg, args...), called at file:line.
func SlogDebug(file string, line int, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, nil, slog.LevelDebug, msg, args, nil) {
		defer atSource(file, line)()
		slog.Debug(msg, args...)
	}
}

// SlogInfo is slog.Info(msg, args...), called at file:line.
func SlogInfo(file string, line int, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, nil, slog.LevelInfo, msg, args, nil) {
		defer atSource(file, line)()
		slog.Info(msg, args...)
	}
}

// SlogWarn is slog.Warn(msg, args...), called at file:line.
func SlogWarn(file string, line int, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, nil, slog.LevelWarn, msg, args, nil) {
		defer atSource(file, line)()
		slog.Warn(msg, args...)
	}
}

// SlogError is slog.Error(msg, args...), called at file:line.
func SlogError(file string, line int, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, nil, slog.LevelError, msg, args, nil) {
		defer atSource(file, line)()
		slog.Error(msg, args...)
	}
}

// SlogDebugContext is slog.DebugContext(ctx, msg, args...), called at
// file:line.
func SlogDebugContext(file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, ctx, slog.LevelDebug, msg, args, nil) {
		defer atSource(file, line)()
		slog.DebugContext(ctx, msg, args...)
	}
}

// SlogInfoContext is slog.InfoContext(ctx, msg, args...), called at
// file:line.
func SlogInfoContext(file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, ctx, slog.LevelInfo, msg, args, nil) {
		defer atSource(file, line)()
		slog.InfoContext(ctx, msg, args...)
	}
}

// SlogWarnContext is slog.WarnContext(ctx, msg, args...), called at
// file:line.
func SlogWarnContext(file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, ctx, slog.LevelWarn, msg, args, nil) {
		defer atSource(file, line)()
		slog.WarnContext(ctx, msg, args...)
	}
}

// SlogErrorContext is slog.ErrorContext(ctx, msg, args...), called at
// file:line.
func SlogErrorContext(file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, ctx, slog.LevelError, msg, args, nil) {
		defer atSource(file, line)()
		slog.ErrorContext(ctx, msg, args...)
	}
}

// SlogLog is slog.Log(ctx, level, msg, args...), called at file:line.
func SlogLog(file string, line int, ctx context.Context, level slog.Level, msg string, args ...any) {
	if !slogAt(slog.Default(), file, line, ctx, level, msg, args, nil) {
		defer atSource(file, line)()
		slog.Log(ctx, level, msg, args...)
	}
}

// SlogLogAttrs is slog.LogAttrs(ctx, level, msg, attrs...), called at
// file:line.
func SlogLogAttrs(file string, line int, ctx context.Context, level slog.Level, msg string, attrs ...slog.Attr) {
	if !slogAt(slog.Default(), file, line, ctx, level, msg, nil, attrs) {
		defer atSource(file, line)()
		slog.LogAttrs(ctx, level, msg, attrs...)
	}
}

// SlogLoggerDebug is l.Debug(msg, args...), called at file:line.
func SlogLoggerDebug(l *slog.Logger, file string, line int, msg string, args ...any) {
	if !slogAt(l, file, line, nil, slog.LevelDebug, msg, args, nil) {
		defer atSource(file, line)()
		l.Debug(msg, args...)
	}
}

// SlogLoggerInfo is l.Info(msg, args...), called at file:line.
func SlogLoggerInfo(l *slog.Logger, file string, line int, msg string, args ...any) {
	if !slogAt(l, file, line, nil, slog.LevelInfo, msg, args, nil) {
		defer atSource(file, line)()
		l.Info(msg, args...)
	}
}

// SlogLoggerWarn is l.Warn(msg, args...), called at file:line.
func SlogLoggerWarn(l *slog.Logger, file string, line int, msg string, args ...any) {
	if !slogAt(l, file, line, nil, slog.LevelWarn, msg, args, nil) {
		defer atSource(file, line)()
		l.Warn(msg, args...)
	}
}

// SlogLoggerError is l.Error(msg, args...), called at file:line.
func SlogLoggerError(l *slog.Logger, file string, line int, msg string, args ...any) {
	if !slogAt(l, file, line, nil, slog.LevelError, msg, args, nil) {
		defer atSource(file, line)()
		l.Error(msg, args...)
	}
}

// SlogLoggerDebugContext is l.DebugContext(ctx, msg, args...), called at
// file:line.
func SlogLoggerDebugContext(l *slog.Logger, file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(l, file, line, ctx, slog.LevelDebug, msg, args, nil) {
		defer atSource(file, line)()
		l.DebugContext(ctx, msg, args...)
	}
}

// SlogLoggerInfoContext is l.InfoContext(ctx, msg, args...), called at
// file:line.
func SlogLoggerInfoContext(l *slog.Logger, file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(l, file, line, ctx, slog.LevelInfo, msg, args, nil) {
		defer atSource(file, line)()
		l.InfoContext(ctx, msg, args...)
	}
}

// SlogLoggerWarnContext is l.WarnContext(ctx, msg, args...), called at
// file:line.
func SlogLoggerWarnContext(l *slog.Logger, file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(l, file, line, ctx, slog.LevelWarn, msg, args, nil) {
		defer atSource(file, line)()
		l.WarnContext(ctx, msg, args...)
	}
}

// SlogLoggerErrorContext is l.ErrorContext(ctx, msg, args...), called at
// file:line.
func SlogLoggerErrorContext(l *slog.Logger, file string, line int, ctx context.Context, msg string, args ...any) {
	if !slogAt(l, file, line, ctx, slog.LevelError, msg, args, nil) {
		defer atSource(file, line)()
		l.ErrorContext(ctx, msg, args...)
	}
}

// SlogLoggerLog is l.Log(ctx, level, msg, args...), called at file:line.
func SlogLoggerLog(l *slog.Logger, file string, line int, ctx context.Context, level slog.Level, msg string, args ...any) {
	if !slogAt(l, file, line, ctx, level, msg, args, nil) {
		defer atSource(file, line)()
		l.Log(ctx, level, msg, args...)
	}
}

// SlogLoggerLogAttrs is l.LogAttrs(ctx, level, msg, attrs...), called at
// file:line.
func SlogLoggerLogAttrs(l *slog.Logger, file string, line int, ctx context.Context, level slog.Level, msg string, attrs ...slog.Attr) {
	if !slogAt(l, file, line, ctx, level, msg, nil, attrs) {
		defer atSource(file, line)()
		l.LogAttrs(ctx, level, msg, attrs...)
	}
}

// slogAt logs, as l would from a call at file:line, a record of level,
// msg and args or attrs, and reports whether it did: it does where l's
// handler is a default handler and log's std logger names the file.
func slogAt(l *slog.Logger, file string, line int, ctx context.Context, level slog.Level, msg string, args []any, attrs []slog.Attr) bool {
	std := log.Default()
	if !siteFlags(std) {
		return false
	}
	h := l.Handler() // a nil l panics here, as in slog
	body, ok := defaultBody(h)
	if !ok {
		return false
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if !h.Enabled(ctx, level) {
		return true
	}
	var r slog.Record
	if args != nil {
		r = recordOf(args)
	} else {
		r = attrRecord(attrs)
	}
	out := textPool.Get().(*textOut)
	defer func() {
		if cap(out.b) <= 64<<10 {
			textPool.Put(out)
		}
	}()
	out.b = out.b[:0]
	text, ok := body.attrs(out, ctx, r)
	if !ok {
		return false
	}
	logAt(std, file, line, func(b []byte) []byte {
		b = append(b, level.String()...)
		b = append(b, ' ')
		b = append(b, msg...)
		if len(body.preformatted) > 0 {
			b = append(b, ' ')
			b = append(b, body.preformatted...)
		}
		return append(b, text...)
	})
	return true
}

// recordOf is a record of args, as slog's Logger makes of them, with
// nothing else in it.
func recordOf(args []any) slog.Record {
	r := slog.NewRecord(time.Time{}, slog.LevelInfo, "", 0)
	r.Add(args...)
	return r
}

// attrRecord is a record of attrs, with nothing else in it.
func attrRecord(attrs []slog.Attr) slog.Record {
	r := slog.NewRecord(time.Time{}, slog.LevelInfo, "", 0)
	r.AddAttrs(attrs...)
	return r
}

// defaultHandlerType is the type of slog's default handler, which every
// handler derived from it by WithAttrs and WithGroup shares.
var defaultHandlerType = reflect.TypeOf(slog.Default().Handler())

// A defaultHandler is what a default handler prints besides the level
// and the message of a record: the attributes of With, formatted once
// (as the default handler keeps them), and the groups of WithGroup,
// which name the record's own attributes.
type defaultHandler struct {
	preformatted []byte
	groupPrefix  string   // the groups the preformatted attributes opened, each ended by "."
	groups       []string // the groups opened after them
}

// defaultFields are the indexes of the fields of a default handler that
// defaultBody reads, found at its first use; nil where slog's fields are
// not those.
var defaultFields = sync.OnceValue(findDefaultFields)

type handlerFields struct{ ch, pfa, groupPrefix, groups, nOpenGroups int }

func findDefaultFields() *handlerFields {
	if defaultHandlerType.Kind() != reflect.Pointer || defaultHandlerType.Elem().Kind() != reflect.Struct {
		return nil
	}
	ch, ok := defaultHandlerType.Elem().FieldByName("ch")
	if !ok || ch.Type.Kind() != reflect.Pointer || ch.Type.Elem().Kind() != reflect.Struct {
		return nil
	}
	common := ch.Type.Elem()
	field := func(name string, kind, elem reflect.Kind) int {
		f, ok := common.FieldByName(name)
		if !ok || len(f.Index) != 1 || f.Type.Kind() != kind || (kind == reflect.Slice && f.Type.Elem().Kind() != elem) {
			return -1
		}
		return f.Index[0]
	}
	f := &handlerFields{ch: ch.Index[0],
		pfa:         field("preformattedAttrs", reflect.Slice, reflect.Uint8),
		groupPrefix: field("groupPrefix", reflect.String, 0),
		groups:      field("groups", reflect.Slice, reflect.String),
		nOpenGroups: field("nOpenGroups", reflect.Int, 0),
	}
	if len(ch.Index) != 1 || f.pfa < 0 || f.groupPrefix < 0 || f.groups < 0 || f.nOpenGroups < 0 {
		return nil
	}
	return f
}

// defaultBody reads h's attributes and groups, where h is a default
// handler: slog keeps them unexported, and reflection reads them without
// writing. A test of this package holds them to the default handler's own
// lines, so that a change of slog's fields fails it.
func defaultBody(h slog.Handler) (defaultHandler, bool) {
	v := reflect.ValueOf(h)
	if v.Type() != defaultHandlerType || v.IsNil() {
		return defaultHandler{}, false
	}
	f := defaultFields()
	if f == nil {
		return defaultHandler{}, false
	}
	ch := v.Elem().Field(f.ch)
	if ch.IsNil() {
		return defaultHandler{}, false
	}
	ch = ch.Elem()
	pfa, prefix, groups, open := ch.Field(f.pfa), ch.Field(f.groupPrefix), ch.Field(f.groups), ch.Field(f.nOpenGroups)
	n := int(open.Int())
	if n < 0 || n > groups.Len() {
		return defaultHandler{}, false
	}
	d := defaultHandler{preformatted: pfa.Bytes(), groupPrefix: prefix.String()}
	for i := n; i < groups.Len(); i++ {
		d.groups = append(d.groups, groups.Index(i).String())
	}
	return d, true
}

// A textOut is a text handler of slog's, which formats attributes as the
// default handler does, with the buffer it writes into.
type textOut struct {
	b []byte
	h slog.Handler
}

func (o *textOut) Write(b []byte) (int, error) {
	o.b = append(o.b, b...)
	return len(b), nil
}

var textPool = sync.Pool{New: func() any {
	o := new(textOut)
	o.h = slog.NewTextHandler(o, nil)
	return o
}}

// textHead is what a text handler writes of a record whose time is zero,
// whose level is Info and whose message is empty, before its attributes.
const textHead = `level=INFO msg=""`

// attrs returns r's attributes as the default handler d formats them,
// each after a space, written into o, and reports whether it could.
func (d defaultHandler) attrs(o *textOut, ctx context.Context, r slog.Record) ([]byte, bool) {
	h := o.h
	if d.groupPrefix != "" {
		h = h.WithGroup(strings.TrimSuffix(d.groupPrefix, "."))
	}
	for _, g := range d.groups {
		h = h.WithGroup(g)
	}
	if err := h.Handle(ctx, r); err != nil {
		return nil, false
	}
	b, ok := bytes.CutPrefix(o.b, []byte(textHead))
	if !ok || len(b) == 0 || b[len(b)-1] != '\n' {
		return nil, false
	}
	return b[:len(b)-1], true
}

// slogSiteSymbols are the functions above, for the interpreter.
func slogSiteSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SlogDebug": reflect.ValueOf(SlogDebug), "SlogInfo": reflect.ValueOf(SlogInfo),
		"SlogWarn": reflect.ValueOf(SlogWarn), "SlogError": reflect.ValueOf(SlogError),
		"SlogDebugContext": reflect.ValueOf(SlogDebugContext), "SlogInfoContext": reflect.ValueOf(SlogInfoContext),
		"SlogWarnContext": reflect.ValueOf(SlogWarnContext), "SlogErrorContext": reflect.ValueOf(SlogErrorContext),
		"SlogLog": reflect.ValueOf(SlogLog), "SlogLogAttrs": reflect.ValueOf(SlogLogAttrs),
		"SlogLoggerDebug": reflect.ValueOf(SlogLoggerDebug), "SlogLoggerInfo": reflect.ValueOf(SlogLoggerInfo),
		"SlogLoggerWarn": reflect.ValueOf(SlogLoggerWarn), "SlogLoggerError": reflect.ValueOf(SlogLoggerError),
		"SlogLoggerDebugContext": reflect.ValueOf(SlogLoggerDebugContext), "SlogLoggerInfoContext": reflect.ValueOf(SlogLoggerInfoContext),
		"SlogLoggerWarnContext": reflect.ValueOf(SlogLoggerWarnContext), "SlogLoggerErrorContext": reflect.ValueOf(SlogLoggerErrorContext),
		"SlogLoggerLog": reflect.ValueOf(SlogLoggerLog), "SlogLoggerLogAttrs": reflect.ValueOf(SlogLoggerLogAttrs),
		"SlogSourceOptions": reflect.ValueOf(SlogSourceOptions), "SlogSourceFuncs": reflect.ValueOf(SlogSourceFuncs),
	}
}
