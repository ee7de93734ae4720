// difftest: same
package main

// Structured logs that say where they were written: a JSON handler and a
// text handler with AddSource, used by a small job queue, its methods and
// the package-level functions after slog.SetDefault.

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
)

// noTime drops the time, and shortens the source's file to its base name.
func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if src, ok := a.Value.Any().(*slog.Source); ok {
		src.File = filepath.Base(src.File)
	}
	return a
}

type Queue struct {
	log  *slog.Logger
	jobs []string
}

func (q *Queue) Push(job string) {
	q.jobs = append(q.jobs, job)
	q.log.Info("pushed", "job", job, "len", len(q.jobs))
}

func (q Queue) Peek() string {
	if len(q.jobs) == 0 {
		q.log.Warn("empty queue")
		return ""
	}
	return q.jobs[0]
}

func run(l *slog.Logger, job string) error {
	if job == "" {
		err := errors.New("no job")
		l.Error("run failed", "err", err)
		return err
	}
	l.LogAttrs(context.Background(), slog.LevelInfo, "ran", slog.String("job", job))
	return nil
}

func main() {
	jsonLog := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{AddSource: true, ReplaceAttr: noTime}))
	q := &Queue{log: jsonLog.With("queue", "main")}
	q.Peek()
	q.Push("build")
	q.Push("test")
	run(jsonLog, q.Peek())
	run(jsonLog, "")

	opts := &slog.HandlerOptions{AddSource: true, Level: slog.LevelDebug, ReplaceAttr: noTime}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, opts)))
	slog.Debug("default logger", "jobs", len(q.jobs))
	slog.Info("done")
}
