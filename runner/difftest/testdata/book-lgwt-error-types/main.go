// difftest: same
package main

// Learn Go with Tests, Error types: DumbGetter returns a BadStatusError
// with the URL and status when a server answers otherwise than 200, and
// the caller finds it with errors.As; served by an httptest server.

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type BadStatusError struct {
	URL    string
	Status int
}

func (b BadStatusError) Error() string {
	return fmt.Sprintf("did not get 200 from %s, got %d", b.URL, b.Status)
}

func DumbGetter(client *http.Client, url string) (string, error) {
	res, err := client.Get(url)
	if err != nil {
		return "", fmt.Errorf("problem fetching from %s, %v", url, err)
	}
	if res.StatusCode != http.StatusOK {
		return "", BadStatusError{URL: url, Status: res.StatusCode}
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return string(body), nil
}

type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "fine") })
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) })
	client := &http.Client{Transport: handlerTransport{mux}}

	body, err := DumbGetter(client, "http://example.test/ok")
	fmt.Printf("%q %v\n", body, err)
	_, err = DumbGetter(client, "http://example.test/teapot")
	fmt.Println(err)
	var got BadStatusError
	isBadStatusError := errors.As(err, &got)
	fmt.Println(isBadStatusError, got.Status, strings.HasSuffix(got.URL, "/teapot"))
	_, err = DumbGetter(client, "http://example.test/missing")
	fmt.Println(err)
}
