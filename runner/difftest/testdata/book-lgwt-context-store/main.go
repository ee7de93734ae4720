// difftest: same
package main

// Learn Go with Tests, Context: a Server whose Store fetches data slowly,
// and a SpyStore that stops when the request's context is cancelled, so
// the handler writes nothing; served with httptest's recorder.

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

type Store interface {
	Fetch(ctx context.Context) (string, error)
}

func Server(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := store.Fetch(r.Context())
		if err != nil {
			return
		}
		fmt.Fprint(w, data)
	}
}

type SpyStore struct {
	response string
	delay    time.Duration
}

func (s *SpyStore) Fetch(ctx context.Context) (string, error) {
	data := make(chan string, 1)
	go func() {
		var result string
		for _, c := range s.response {
			select {
			case <-ctx.Done():
				return
			default:
				time.Sleep(s.delay)
				result += string(c)
			}
		}
		data <- result
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case res := <-data:
		return res, nil
	}
}

type SpyResponseWriter struct {
	written bool
}

func (s *SpyResponseWriter) Header() http.Header {
	s.written = true
	return nil
}

func (s *SpyResponseWriter) Write([]byte) (int, error) {
	s.written = true
	return 0, errors.New("not implemented")
}

func (s *SpyResponseWriter) WriteHeader(statusCode int) {
	s.written = true
}

func main() {
	data := "hello, world"
	store := &SpyStore{response: data, delay: time.Millisecond}
	svr := Server(store)

	request := httptest.NewRequest(http.MethodGet, "/", nil)
	response := httptest.NewRecorder()
	svr.ServeHTTP(response, request)
	fmt.Printf("%d %q\n", response.Code, response.Body.String())

	slow := &SpyStore{response: data, delay: 50 * time.Millisecond}
	request = httptest.NewRequest(http.MethodGet, "/", nil)
	cancellingCtx, cancel := context.WithCancel(request.Context())
	time.AfterFunc(20*time.Millisecond, cancel)
	request = request.WithContext(cancellingCtx)
	spy := &SpyResponseWriter{}
	Server(slow).ServeHTTP(spy, request)
	fmt.Println("written:", spy.written)

	ctx, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	_, err := slow.Fetch(ctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}
