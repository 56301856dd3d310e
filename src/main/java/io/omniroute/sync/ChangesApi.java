package io.omniroute.sync;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/** {@code /changes}: the change feed in pages, and as Server-Sent Events. */
interface ChangesApi {

    @GET("changes")
    Call<ChangePage> page(@Query("after") long after, @Query("limit") int limit);

    /**
     * The body is read as it arrives, line by line, by {@link EventStreamReader}. The Accept header is what an
     * EventSource sends; without it the reference server (Javalin) answers an empty 200 instead of the stream.
     */
    @Streaming
    @Headers("Accept: text/event-stream")
    @GET("changes/stream")
    Call<ResponseBody> stream(@Query("after") long after);
}
