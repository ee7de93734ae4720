package proc

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"

	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/frontcache"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/script"
)

// A frontFeed is the pipe on which this process hands the front end's work
// on a script to the script process (see script.Front).
type frontFeed struct {
	r, w  *os.File
	o     script.Options
	hints bool // the stall hints are on in the script process
	// cache, where not nil, keeps the work for a rerun of the script by
	// the binary that binary identifies (see Spec.FrontCache).
	cache  *frontcache.Cache
	binary []byte
}

// frontEnd makes the feed for the script o and gives the process its read
// end, which the caller closes once the process has started. The work
// itself is run's: the caller starts it once it has started the process,
// so that the two do not share a processor while the process starts.
func frontEnd(cmd *exec.Cmd, o script.Options) (*frontFeed, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("creating the front end's pipe: %w", err)
	}
	fd := 3 + len(cmd.ExtraFiles)
	cmd.ExtraFiles = append(cmd.ExtraFiles, r)
	cmd.Env = append(cmd.Env, front.EnvFD+"="+strconv.Itoa(fd))
	return &frontFeed{r: r, w: w, o: o, hints: hint.On(envValue(cmd.Env, hint.EnvAfter))}, nil
}

// run does the work and writes it to the pipe.
func (f *frontFeed) run() {
	defer f.w.Close()
	if f.cache != nil {
		script.FrontCached(f.o, f.hints, f.w, f.cache, f.binary)
		return
	}
	script.Front(f.o, f.hints, f.w)
}

// useCache makes the feed keep its work in the user's cache
// (frontcache.Default), for the socklab binary at exe: its path, size and
// modification time, which another build or install changes.
func (f *frontFeed) useCache(exe string) {
	c := frontcache.Default()
	if c == nil {
		return
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return
	}
	f.cache, f.binary = c, []byte(fmt.Sprint(exe, " ", fi.Size(), " ", fi.ModTime().UnixNano()))
}

// drop closes the pipe of a process that did not start.
func (f *frontFeed) drop() {
	f.r.Close()
	f.w.Close()
}
