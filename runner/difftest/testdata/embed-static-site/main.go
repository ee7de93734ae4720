// difftest: same
package main

// A lab's web pages served from files embedded in the program: the site
// folder (its hidden notes left out, its logo a binary file) through
// http.FS, below a prefix stripped with fs.Sub, and the file list printed
// from the embed.FS.

import (
	"crypto/sha256"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"strings"
)

//go:embed site
var content embed.FS

func main() {
	site, err := fs.Sub(content, "site")
	if err != nil {
		log.Fatal(err)
	}
	fs.WalkDir(content, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Printf("%-28s dir=%-5v %6d %v\n", path, d.IsDir(), info.Size(), info.Mode())
		return nil
	})

	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.FS(site)))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, mux)

	base := "http://" + ln.Addr().String()
	for _, path := range []string{"/", "/docs/protocol.html", "/css/style.css", "/logo.png", "/.notes.txt", "/missing.html", "/docs/"} {
		resp, err := http.Get(base + path)
		if err != nil {
			fmt.Println(path, err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		first, _, _ := strings.Cut(string(body), "\n")
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "image/") {
			first = fmt.Sprintf("sha256 %x", sha256.Sum256(body))
		}
		fmt.Printf("%s: %d %s %d bytes: %s\n", path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body), first)
	}

	_, err = content.Open("site/.notes.txt")
	fmt.Println(err)
	_, err = fs.Stat(site, "docs")
	fmt.Println(err)
}
