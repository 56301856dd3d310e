package io.omniroute.sync;

import com.fasterxml.jackson.databind.JsonNode;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * {@code /orders}: the cache keeps entities as the JSON the server sent, so orders stay JSON trees here rather than
 * records the console would only write back out.
 */
interface OrdersApi {

    @GET("orders/{id}")
    Call<JsonNode> order(@Path("id") String orderId);

    @POST("orders")
    Call<JsonNode> create(@Header("Idempotency-Key") String idempotencyKey, @Body JsonNode order);
}
