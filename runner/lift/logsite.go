package lift

import (
	"fmt"
	"io"
	"log"
	"os"
	"reflect"
	"sync"
	"time"
)

// A *log.Logger whose flags hold Lshortfile or Llongfile asks
// runtime.Caller for the file and line of its caller, which under the
// interpreter are the interpreter's own. The rewrite (runner/rewrite, pass
// logsite) turns each call of a script's of log's printing functions and
// *log.Logger's printing methods into a call of one of these, with the
// logger the call prints through and the call's own file and line. While
// the logger's flags hold neither file flag, each calls the logger's own
// method, which prints as it does for Go; otherwise it writes the line
// itself, with log's header layout, into the logger's writer.

// LogPrint is l.Print(v...), called at file:line.
func LogPrint(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Print(v...)
		return
	}
	logAt(l, file, line, func(b []byte) []byte { return fmt.Append(b, v...) })
}

// LogPrintf is l.Printf(format, v...), called at file:line.
func LogPrintf(l *log.Logger, file string, line int, format string, v ...any) {
	if !siteFlags(l) {
		l.Printf(format, v...)
		return
	}
	logAt(l, file, line, func(b []byte) []byte { return fmt.Appendf(b, format, v...) })
}

// LogPrintln is l.Println(v...), called at file:line.
func LogPrintln(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Println(v...)
		return
	}
	logAt(l, file, line, func(b []byte) []byte { return fmt.Appendln(b, v...) })
}

// LogFatal is l.Fatal(v...), called at file:line.
func LogFatal(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Fatal(v...)
	}
	LogOutput(l, file, line, 1, fmt.Sprint(v...))
	os.Exit(1)
}

// LogFatalf is l.Fatalf(format, v...), called at file:line.
func LogFatalf(l *log.Logger, file string, line int, format string, v ...any) {
	if !siteFlags(l) {
		l.Fatalf(format, v...)
	}
	LogOutput(l, file, line, 1, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// LogFatalln is l.Fatalln(v...), called at file:line.
func LogFatalln(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Fatalln(v...)
	}
	LogOutput(l, file, line, 1, fmt.Sprintln(v...))
	os.Exit(1)
}

// LogPanic is l.Panic(v...), called at file:line.
func LogPanic(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Panic(v...)
	}
	s := fmt.Sprint(v...)
	LogOutput(l, file, line, 1, s)
	panic(s)
}

// LogPanicf is l.Panicf(format, v...), called at file:line.
func LogPanicf(l *log.Logger, file string, line int, format string, v ...any) {
	if !siteFlags(l) {
		l.Panicf(format, v...)
	}
	s := fmt.Sprintf(format, v...)
	LogOutput(l, file, line, 1, s)
	panic(s)
}

// LogPanicln is l.Panicln(v...), called at file:line.
func LogPanicln(l *log.Logger, file string, line int, v ...any) {
	if !siteFlags(l) {
		l.Panicln(v...)
	}
	s := fmt.Sprintln(v...)
	LogOutput(l, file, line, 1, s)
	panic(s)
}

// LogOutput is l.Output(calldepth, s), called at file:line; the rewrite
// passes only a calldepth of 1, which names the call itself.
func LogOutput(l *log.Logger, file string, line int, calldepth int, s string) error {
	if !siteFlags(l) {
		return l.Output(calldepth, s)
	}
	return logAt(l, file, line, func(b []byte) []byte { return append(b, s...) })
}

// siteFlags reports whether l's header names the file of its caller.
func siteFlags(l *log.Logger) bool { return l.Flags()&(log.Lshortfile|log.Llongfile) != 0 }

var (
	// siteMu serializes the lines written here, as a Logger's own lock
	// serializes its lines: while a logger's flags name the file, every
	// line of the script's calls through it is written here.
	siteMu   sync.Mutex
	sitePool = sync.Pool{New: func() any { return new([]byte) }}
)

// logAt writes, as l would from a call at file:line, a header and what
// appendOutput appends, ended by a newline. A negative line marks a
// deferred call (see siteOf).
func logAt(l *log.Logger, file string, line int, appendOutput func([]byte) []byte) error {
	w := l.Writer()
	if w == io.Discard {
		return nil
	}
	file, line = siteOf(file, line)
	now := time.Now()
	buf := sitePool.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= 64<<10 {
			sitePool.Put(buf)
		}
	}()
	*buf = appendHeader((*buf)[:0], now, l.Prefix(), l.Flags(), file, line)
	*buf = appendOutput(*buf)
	if len(*buf) == 0 || (*buf)[len(*buf)-1] != '\n' {
		*buf = append(*buf, '\n')
	}
	siteMu.Lock()
	defer siteMu.Unlock()
	_, err := w.Write(*buf)
	return err
}

// appendHeader appends log's header of a line written at t by a logger
// with this prefix and these flags, from a call at file:line.
func appendHeader(b []byte, t time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&log.Lmsgprefix == 0 {
		b = append(b, prefix...)
	}
	if flag&(log.Ldate|log.Ltime|log.Lmicroseconds) != 0 {
		if flag&log.LUTC != 0 {
			t = t.UTC()
		}
		if flag&log.Ldate != 0 {
			year, month, day := t.Date()
			b = appendPadded(b, year, 4)
			b = append(b, '/')
			b = appendPadded(b, int(month), 2)
			b = append(b, '/')
			b = appendPadded(b, day, 2)
			b = append(b, ' ')
		}
		if flag&(log.Ltime|log.Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			b = appendPadded(b, hour, 2)
			b = append(b, ':')
			b = appendPadded(b, min, 2)
			b = append(b, ':')
			b = appendPadded(b, sec, 2)
			if flag&log.Lmicroseconds != 0 {
				b = append(b, '.')
				b = appendPadded(b, t.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if flag&log.Lshortfile != 0 {
		for i := len(file) - 1; i > 0; i-- {
			if file[i] == '/' {
				file = file[i+1:]
				break
			}
		}
	}
	b = append(b, file...)
	b = append(b, ':')
	b = appendPadded(b, line, 1)
	b = append(b, ": "...)
	if flag&log.Lmsgprefix != 0 {
		b = append(b, prefix...)
	}
	return b
}

// appendPadded appends the decimal digits of i, not negative, padded
// with zeros to width digits.
func appendPadded(b []byte, i, width int) []byte {
	var digits [20]byte
	n := len(digits)
	for i >= 10 || width > 1 {
		width--
		n--
		digits[n] = byte('0' + i%10)
		i /= 10
	}
	n--
	digits[n] = byte('0' + i)
	return append(b, digits[n:]...)
}

// logSiteSymbols are the functions above, for the interpreter.
func logSiteSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"LogPrint": reflect.ValueOf(LogPrint), "LogPrintf": reflect.ValueOf(LogPrintf), "LogPrintln": reflect.ValueOf(LogPrintln),
		"LogFatal": reflect.ValueOf(LogFatal), "LogFatalf": reflect.ValueOf(LogFatalf), "LogFatalln": reflect.ValueOf(LogFatalln),
		"LogPanic": reflect.ValueOf(LogPanic), "LogPanicf": reflect.ValueOf(LogPanicf), "LogPanicln": reflect.ValueOf(LogPanicln),
		"LogOutput":  reflect.ValueOf(LogOutput),
		"Caller":     reflect.ValueOf(Caller),
		"CallerRoot": reflect.ValueOf(CallerRoot),
	}
}

// LogSites returns the printing functions above by the name of log's
// function each stands for ("Println" for LogPrintln), for the script
// process to give them the interface mappings of log's own.
func LogSites() map[string]reflect.Value {
	out := map[string]reflect.Value{}
	for name, v := range logSiteSymbols() {
		if name != "LogOutput" && name != "Caller" && name != "CallerRoot" {
			out[name[len("Log"):]] = v
		}
	}
	return out
}

// Caller is runtime.Caller(0) called at file:line, with the pc left out
// (the rewrite passes runtime.Caller itself, which it keeps as a value):
// it returns file and line, and a pc of 0.
func Caller(_ func(int) (uintptr, string, int, bool), file string, line int) (uintptr, string, int, bool) {
	return 0, file, line, true
}
