package io.omniroute.sync;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** {@code /sessions}: a password for a bearer token. */
interface SessionsApi {

    @POST("sessions")
    Call<LoginResponse> login(@Body LoginRequest credentials);
}
