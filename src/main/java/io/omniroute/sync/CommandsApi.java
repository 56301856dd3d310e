package io.omniroute.sync;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** {@code /commands}: one command, applied at most once per Idempotency-Key. */
interface CommandsApi {

    @POST("commands")
    Call<CommandResult> send(@Header("Idempotency-Key") String idempotencyKey, @Body CommandRequest command);
}
