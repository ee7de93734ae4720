// difftest: same
package main

// Effective Go, Embedding: a Job that embeds *log.Logger and uses its
// methods as its own, a ReadWriter of embedded interfaces, and a method
// that overrides an embedded one and calls it by the type's name.

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...interface{}) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type ReadWriter struct {
	*bufio.Reader
	*bufio.Writer
}

func main() {
	job := NewJob("make", log.New(os.Stdout, "Job: ", 0))
	job.Println("starting now...")
	job.Printf("step %d", 1)
	job.SetPrefix("Job2: ")
	job.Print("prefix changed")
	fmt.Println(job.Prefix(), job.Flags(), job.Command)

	rw := ReadWriter{bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(os.Stdout)}
	line, err := rw.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rw.WriteString("written through the embedded Writer\n")
	rw.Flush()

}
